import { describe, expect, it } from 'vitest';
import { worldX, worldY } from '../../geo/mercator';
import { cameraForKey, countryForKey, inView, type KeyTarget } from './mapKeys';
import { MAX_ZOOM } from './mapStyle';

const size = { width: 800, height: 400 };
const camera = { center: [90, 20] as [number, number], zoom: 3 };
const at = (iso3: string, lng: number, lat: number): KeyTarget => ({ iso3, x: worldX(lng), y: worldY(lat) });

describe('cameraForKey', () => {
  it('pans a quarter of the view a press, the way the arrow points', () => {
    const right = cameraForKey('ArrowRight', camera, size)!;
    expect(right.zoom).toBe(3);
    expect(right.center[0]).toBeGreaterThan(90);
    expect(right.center[1]).toBeCloseTo(20, 6);
    // A quarter of 800 px at zoom 3 (4,096 px round the world): 200 / 4096 × 360°.
    expect(right.center[0] - 90).toBeCloseTo((200 / 4096) * 360, 6);
    expect(cameraForKey('ArrowUp', camera, size)!.center[1]).toBeGreaterThan(20);
    expect(cameraForKey('ArrowDown', camera, size)!.center[1]).toBeLessThan(20);
    expect(cameraForKey('ArrowLeft', camera, size)!.center[0]).toBeLessThan(90);
  });

  it('zooms round the middle with + and =, out with - and −, within the limits', () => {
    expect(cameraForKey('+', camera, size)).toEqual({ center: [90, expect.closeTo(20, 6)], zoom: 4 });
    expect(cameraForKey('=', camera, size)!.zoom).toBe(4);
    expect(cameraForKey('-', camera, size)!.zoom).toBe(2);
    expect(cameraForKey('−', camera, size)!.zoom).toBe(2);
    const closest = { ...camera, zoom: MAX_ZOOM };
    expect(cameraForKey('+', closest, size)).toBe(closest);
  });

  it('leaves other keys to the page', () => {
    expect(cameraForKey('a', camera, size)).toBeUndefined();
    expect(cameraForKey('Enter', camera, size)).toBeUndefined();
  });
});

describe('countryForKey', () => {
  const npl = at('NPL', 84, 28);
  const ind = at('IND', 79, 22);
  const pak = at('PAK', 69, 30);
  const bgd = at('BGD', 90, 24);
  const chn = at('CHN', 90, 40);
  const all = [npl, ind, pak, bgd, chn];

  it('goes to the nearest country that way, straight ahead before off to the side', () => {
    expect(countryForKey('ArrowRight', npl, all)).toBe('BGD');
    expect(countryForKey('ArrowUp', npl, all)).toBe('CHN');
    expect(countryForKey('ArrowDown', npl, all)).toBe('IND');
    expect(countryForKey('ArrowLeft', ind, all)).toBe('PAK');
  });

  it('takes a country off to the side only when none lies within 45° of the arrow', () => {
    // Up from Bangladesh: China is within the cone, Nepal (nearer) is not.
    expect(countryForKey('ArrowUp', bgd, all)).toBe('CHN');
    expect(countryForKey('ArrowUp', bgd, [bgd, npl])).toBe('NPL');
  });

  it('goes the short way round the world, across the 180° line', () => {
    const fiji = at('FJI', 178, -18);
    const samoa = at('WSM', -172, -14);
    const vanuatu = at('VUT', 167, -16);
    expect(countryForKey('ArrowRight', fiji, [fiji, samoa, vanuatu])).toBe('WSM');
    expect(countryForKey('ArrowLeft', samoa, [fiji, samoa, vanuatu])).toBe('FJI');
  });

  it('stays where no country lies that way, and ignores other keys', () => {
    expect(countryForKey('ArrowLeft', pak, all)).toBe('PAK');
    expect(countryForKey('Enter', pak, all)).toBeUndefined();
  });
});

describe('inView', () => {
  it('says whether a place is on screen, away from the edges', () => {
    expect(inView(at('BGD', 90, 20), camera, size)).toBe(true);
    expect(inView(at('FRA', 2, 46), camera, size)).toBe(false);
  });
});
