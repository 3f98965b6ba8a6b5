-- What the last résumé import saw in its file (format, pages, layout, sections, warnings).
ALTER TABLE profile ADD COLUMN import_report jsonb;
