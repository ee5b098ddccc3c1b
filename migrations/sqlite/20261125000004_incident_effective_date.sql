-- The date an incident counts under in date ranges: its own date, or else the date of the report it came from
-- ("in the past day" with no date of its own). Written by the application on every insert and update.
ALTER TABLE incidents ADD COLUMN effective_date TEXT;
UPDATE incidents SET effective_date = COALESCE(date, (SELECT date FROM reports WHERE reports.day = incidents.report_day));
CREATE INDEX incidents_region_effective_date ON incidents (region, effective_date);
CREATE INDEX incidents_effective_date ON incidents (effective_date);
