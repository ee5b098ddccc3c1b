-- /region reads a region's visible incidents newest first (ten of them shown) and sums their figures over the
-- last 7 and 30 days: this index holds exactly those rows in that order, with the figures (SQLite has no
-- INCLUDE, so they are trailing columns), and replaces (region, visible, effective_date). Kept in step with
-- the PostgreSQL migration of the same number.
CREATE INDEX incidents_visible_region_date ON incidents (region, effective_date, id, killed, wounded) WHERE visible;
DROP INDEX incidents_region_visible_date;
