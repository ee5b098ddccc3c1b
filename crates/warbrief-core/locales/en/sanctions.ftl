# /sanctions: the timeline, page by page.

sanctions-heading = <b>Sanctions timeline</b> · { $scope } · page { $page }
sanctions-all-authorities = all authorities
sanctions-authority = { $authority }
sanctions-status = { $status }
sanctions-none-yet = No sanctions entries are recorded yet.
sanctions-no-more = No more entries.
sanctions-source = source
sanctions-button-newer = ◀ Newer
sanctions-button-older = Older ▶
sanctions-usage = I don't know the authority "{ $input }". Send /sanctions alone, or with one of: { $known }.
