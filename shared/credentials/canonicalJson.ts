import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JCS) canonical JSON: the one serialisation that hashes and signatures are computed over, so
 * the same data gives the same bytes whoever writes it.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('This value has no JSON form.');
  return text;
}
