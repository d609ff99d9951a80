import { describe, expect, it } from 'vitest';
import { describeRenderer } from './webglSupport';

describe('describeRenderer', () => {
  it('tells software WebGL from a graphics chip', () => {
    for (const renderer of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)',
    ])
      expect(describeRenderer(true, renderer).software, renderer).toBe(true);
    for (const renderer of [
      'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple M1',
      'Mali-G78',
      '',
    ])
      expect(describeRenderer(true, renderer).software, renderer).toBe(false);
  });

  it('is never software when there is no WebGL', () => {
    expect(describeRenderer(false, 'SwiftShader')).toEqual({
      ok: false,
      software: false,
      renderer: 'SwiftShader',
    });
  });
});
