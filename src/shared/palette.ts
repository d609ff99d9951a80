import type { Status } from '../domain/types';

/**
 * Status colours: a blue–orange scheme that stays distinct under the common colour-vision
 * deficiencies; No information is also set apart by a hatch, not by hue alone.
 */
export const STATUS_COLORS: Record<Status, string> = {
  submitted: '#1d5b99',
  in_preparation: '#7fb8da',
  not_submitted: '#e0701b',
  not_applicable: '#8f8f8f',
  no_information: '#ffffff',
};

export const HATCH_COLOR = '#8a8a8a';
export const OUTSIDE_COLOR = '#e9e7e2';
export const OTHER_LAND_COLOR = '#e9e7e2';
export const SEA_COLOR = '#d6e4ee';
export const BORDER_COLOR = '#ffffff';
export const FOCUS_COLOR = '#111111';
