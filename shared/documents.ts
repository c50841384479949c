import { z } from 'zod';

/**
 * A workspace holds documents: rows with indexed columns and a JSON body carrying a `schemaVersion`
 * (DESIGN §2). Credentials are not documents of their own: a badge, certificate or program is a node of
 * a pathway, so its meaning has one source of truth; the library lists them from the pathways.
 */
export const DOCUMENT_KINDS = ['pathway', 'template', 'issuer', 'brandKit', 'framework'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DocumentIdSchema = z.string().min(1).max(200);
export const DesignNameSchema = z.string().trim().min(1, 'A name cannot be empty').max(300);

export interface DesignSummary {
  id: string;
  kind: DocumentKind;
  name: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export interface Design extends DesignSummary {
  body: DocumentBody;
}

/** Every stored body is a JSON object with a schema version; the rest is kind-specific. */
export const DocumentBodySchema = z.object({ schemaVersion: z.number().int().min(1) }).passthrough();
export type DocumentBody = z.infer<typeof DocumentBodySchema>;

export interface RevisionSummary {
  revision: number;
  savedAt: string;
  summary: string;
  name: string;
}

/** A credential (badge, certificate, program) of some pathway, as the library lists it. */
export interface CredentialSummary {
  pathwayId: string;
  pathwayName: string;
  nodeId: string;
  kind: 'badge' | 'certificate' | 'program';
  name: string;
}
