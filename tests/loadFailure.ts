import { expect } from 'vitest';
import { LoadError, type LoadFailure } from '../src/data/fetchFile';

/** The failure a load rejects with; fails the test if it resolves or throws anything else. */
export async function loadFailureOf(promise: Promise<unknown>): Promise<LoadFailure> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  return (error as LoadError).failure;
}
