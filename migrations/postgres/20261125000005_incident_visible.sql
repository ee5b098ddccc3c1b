-- Whether subscribers see an incident: entered by hand, or from a published report. Kept by the application
-- in step with report status, so region queries filter on an index instead of checking each report.
ALTER TABLE incidents ADD COLUMN visible BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE incidents SET visible = (report_day IS NULL OR EXISTS
    (SELECT 1 FROM reports r WHERE r.day = incidents.report_day AND r.status = 'published'));
CREATE INDEX incidents_region_visible_date ON incidents (region, visible, effective_date);
