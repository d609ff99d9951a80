/// <reference lib="webworker" />
import { failureOf } from './fetchFile';
import { readJsonHere, type JsonAnswer, type JsonKind } from './readJson';

/** Parses and validates products.json or regions.json off the main thread (see readJson). */
self.onmessage = async (event: MessageEvent<{ kind: JsonKind; text: string; file: string }>) => {
  const { kind, text, file } = event.data;
  let answer: JsonAnswer<JsonKind>;
  try {
    answer = { value: await readJsonHere(kind, text, file) };
  } catch (error) {
    answer = { failure: failureOf(error, file) };
  }
  self.postMessage(answer);
};
