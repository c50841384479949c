import type { Db } from './openDatabase';
import type { SkillSearchHit } from '../../shared/skills/framework';

/** One framework item as the search query returns it; optional fields are NULL when the item lacks them. */
interface SkillRow {
  framework_id: string;
  framework_name: string;
  framework: string;
  code: string | null;
  name: string;
  description: string | null;
  url: string | null;
}

const toHit = (row: SkillRow): SkillSearchHit => {
  const hit: SkillSearchHit = { frameworkId: row.framework_id, frameworkName: row.framework_name, framework: row.framework, name: row.name };
  if (row.code !== null) hit.code = row.code;
  if (row.description !== null) hit.description = row.description;
  if (row.url !== null) hit.url = row.url;
  return hit;
};

/**
 * The data-access module for skill frameworks. Items live inside framework bodies; SQLite's JSON table
 * functions walk them in SQL, so a search never loads and parses the bodies in JS.
 */
export function frameworksRepo(db: Db) {
  const s = {
    // jsonb_each is json_each yielding each item in SQLite's parsed binary form, so reading its fields does
    // not parse the item's text again: half the time of json_each on 100,000 items. instr() matches the
    // text as typed (no LIKE wildcards); lower() folds ASCII only, as LIKE does. Best first: an exact code
    // or name, then codes under the one typed (in code order), then names that start with it, names that
    // contain it, codes that contain it, and descriptions.
    search: db.prepare<{ needle: string; limit: number }, SkillRow>(
      `WITH hits AS MATERIALIZED (
         SELECT d.id AS framework_id, d.name AS framework_name, i.key AS position, i.value AS item,
                lower(i.value ->> 'name') AS lname, lower(i.value ->> 'code') AS lcode
           FROM documents d
           JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision, -- the current body
                jsonb_each(r.body, '$.items') i
          WHERE d.kind = 'framework' AND d.deleted_at IS NULL
            AND (instr(lower(i.value ->> 'name'), @needle) > 0 OR instr(lower(i.value ->> 'code'), @needle) > 0
                 OR instr(lower(i.value ->> 'description'), @needle) > 0))
       SELECT framework_id, framework_name, item ->> 'framework' AS framework, item ->> 'code' AS code,
              item ->> 'name' AS name, item ->> 'description' AS description, item ->> 'url' AS url
         FROM hits
        ORDER BY CASE WHEN lcode = @needle THEN 0
                      WHEN lname = @needle THEN 1
                      WHEN instr(lcode, @needle) = 1 THEN 2
                      WHEN instr(lname, @needle) = 1 THEN 3
                      WHEN instr(lname, @needle) > 0 THEN 4
                      WHEN instr(lcode, @needle) > 0 THEN 5
                      ELSE 6 END,
                 CASE WHEN instr(lcode, @needle) = 1 THEN lcode END, lname, framework_name COLLATE NOCASE, framework_id, position
        LIMIT @limit`,
    ),
  };

  return {
    /** Items whose name, code or description contains `query`, case-insensitively, best matches first. */
    search: (query: string, limit: number): SkillSearchHit[] => s.search.all({ needle: query.trim().toLowerCase(), limit }).map(toHit),
  };
}
export type FrameworksRepo = ReturnType<typeof frameworksRepo>;
