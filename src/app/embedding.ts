/**
 * Everything of embedding that the overview does not need to paint, in one chunk: the embedded
 * map (`?embed=1`) and the Embed dialog, loaded with the first click on Embed.
 */
export { default as EmbedContainer } from './EmbedContainer';
export { EmbedDialog } from '../features/embed/EmbedDialog';
