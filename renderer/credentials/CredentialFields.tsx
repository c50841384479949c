import type { Credential } from '../../shared/pathway/model';
import { NumberField, TextField } from '../editing/fields';

/**
 * The OB 3.0 metadata of a credential beyond its name, description and criteria: tags, credits, field of
 * study, validity, evidence requirements, language. Used by the pathway's properties panel and the
 * library's credential page, so both edit the same fields the same way.
 */
export function CredentialFields({ credential, onChange }: { credential: Credential; onChange: (patch: Partial<Credential>) => void }) {
  const tags = (credential.tags ?? []).join(', ');
  return (
    <>
      <TextField
        label="Tags"
        placeholder="sql, data, analytics"
        value={tags}
        onCommit={(text) => onChange({ tags: [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))].slice(0, 50) })}
      />
      <NumberField label="Credits available" value={credential.creditsAvailable} step={0.5} onCommit={(creditsAvailable) => onChange({ creditsAvailable })} />
      <TextField label="Field of study" value={credential.fieldOfStudy ?? ''} onCommit={(fieldOfStudy) => onChange({ fieldOfStudy })} />
      <NumberField
        label="Valid for (months)"
        value={credential.validForMonths}
        min={1}
        onCommit={(months) => onChange({ validForMonths: months === undefined ? undefined : Math.min(1200, Math.max(1, Math.round(months))) })}
      />
      <TextField label="Evidence requirements" multiline value={credential.evidenceRequirements ?? ''} onCommit={(evidenceRequirements) => onChange({ evidenceRequirements })} />
      <TextField label="Language" placeholder="en" value={credential.language ?? ''} onCommit={(language) => onChange({ language: language.trim() })} />
    </>
  );
}

/** A credential with `patch` applied; empty values are removed rather than stored empty. */
export function patchCredential(credential: Credential, patch: Partial<Credential>): Credential {
  const next: Record<string, unknown> = { ...credential, ...patch };
  for (const [key, value] of Object.entries(next)) {
    if (value === '' || value === undefined || (Array.isArray(value) && value.length === 0)) delete next[key];
  }
  return next as Credential;
}
