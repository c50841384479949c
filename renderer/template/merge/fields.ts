import { MERGE_FIELDS } from '../../../shared/template/mergeFields';
import type { TemplateBody } from '../../../shared/template/model';

/** A merge field the editor offers: the standard ones and the template's own `custom.<name>` fields. */
export interface FieldChoice {
  path: string;
  label: string;
}

/** Custom fields are declared by name (`cohort`) and used as `{{custom.cohort}}`. */
export const customPath = (name: string) => `custom.${name}`;

export function fieldChoices(template: TemplateBody): FieldChoice[] {
  return [...MERGE_FIELDS.map((f) => ({ path: f.path, label: f.label })), ...(template.customFields ?? []).map((name) => ({ path: customPath(name), label: name }))];
}
