/** The forms `laurel export --as` and the API's exportPathwayAs write a pathway in. */
export const EXPORT_FORMATS = ['laurel', 'clr', 'case'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
