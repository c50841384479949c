/** Makes a `switch` over a union exhaustive: adding a new kind without handling it fails to compile. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
