/** One problem a schema found in an input: where it is, and what is wrong, as a person reads it. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/** Where in the input a schema problem is, in the dotted form people read: `nodes[3].kind`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  ) || '(top level)';
}
