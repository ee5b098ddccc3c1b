-- /region reads a region's visible incidents newest first (ten of them shown) and sums their figures over the
-- last 7 and 30 days. With only (region, visible, effective_date) PostgreSQL walked every region's incidents
-- of the period by date and filtered (about 1,500 rows for one region's 50 at three years of data). This
-- index holds exactly the rows and order /region asks for, with the figures, so the sums are read from the
-- index alone and the newest incidents are its last entries. It replaces the older index, so writes keep the
-- same number of indexes.
CREATE INDEX incidents_visible_region_date ON incidents (region, effective_date, id) INCLUDE (killed, wounded)
    WHERE visible;
DROP INDEX incidents_region_visible_date;
