/**
 * Merge fields (DESIGN §4): `{{path}}` in text and QR elements, filled from data nested by path
 * (`{"recipient": {"name": "…"}}`). Fields the data does not give keep the template's sample values.
 */
export const MERGE_FIELDS = [
  { path: 'recipient.name', label: 'Recipient name', sample: 'Alex Morgan' },
  { path: 'recipient.email', label: 'Recipient email', sample: 'alex.morgan@example.org' },
  { path: 'achievement.name', label: 'Achievement name', sample: 'Data Analytics Professional Certificate' },
  { path: 'achievement.description', label: 'Achievement description', sample: 'Can query, model, visualise and analyse business data end to end.' },
  { path: 'issuer.name', label: 'Issuer name', sample: 'Northwind Institute of Data' },
  { path: 'issuedOn', label: 'Issued on', sample: '29 November 2026' },
  { path: 'expiresOn', label: 'Expires on', sample: '29 November 2029' },
  { path: 'credential.id', label: 'Credential id', sample: 'urn:uuid:2f9c1c1e-8f0a-4c53-9d35-6c1f0c7b9a11' },
  { path: 'verification.url', label: 'Verification URL', sample: 'https://verify.northwind.example.edu/c/2f9c1c1e' },
  { path: 'skills', label: 'Skills', sample: 'SQL, Data Visualisation, Python Programming' },
] as const;

export const FIELD_PATTERN = /\{\{\s*([A-Za-z][\w.-]*)\s*\}\}/g;

export type MergeData = { [key: string]: string | number | MergeData | undefined };

/** The value at a dotted path of nested data, as text; undefined when absent. */
export function valueAt(data: MergeData | undefined, path: string): string | undefined {
  let at: unknown = data;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object' || !Object.prototype.hasOwnProperty.call(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'string' || typeof at === 'number' ? String(at) : undefined;
}

/** The sample values of the standard fields, overridden by a template's own samples. */
export function sampleValues(overrides: Record<string, string> = {}): Record<string, string> {
  return { ...Object.fromEntries(MERGE_FIELDS.map((f) => [f.path, f.sample])), ...overrides };
}

/** Fills `{{fields}}`: from `data` first, then the samples; an unknown field stays visible as written. */
export function fillFields(text: string, data: MergeData | undefined, samples: Record<string, string>): string {
  return text.replace(FIELD_PATTERN, (whole, path: string) => valueAt(data, path) ?? samples[path] ?? whole);
}

/** The field paths a text uses, in order of appearance. */
export function fieldsIn(text: string): string[] {
  return [...text.matchAll(FIELD_PATTERN)].map((m) => m[1]!);
}

/** How deep merge data may nest: field paths are short (`recipient.name`), and a bound keeps checks cheap. */
export const MAX_MERGE_DEPTH = 8;

/**
 * What is wrong with a value given as merge data, or undefined: an object whose leaves are strings or
 * numbers, at most MAX_MERGE_DEPTH deep. Walked without recursion, so hostile nesting cannot overflow.
 */
export function mergeDataProblem(value: unknown): string | undefined {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return 'merge data must be an object of text, numbers and objects';
    if (depth > MAX_MERGE_DEPTH) return `merge data nests deeper than ${MAX_MERGE_DEPTH} levels`;
    for (const child of Object.values(node)) {
      if (typeof child === 'string' || (typeof child === 'number' && Number.isFinite(child))) continue;
      stack.push([child, depth + 1]);
    }
  }
  return undefined;
}
