-- ISO 3166-2:UA gives UA-74 to Chernihiv Oblast and UA-77 to Chernivtsi Oblast; earlier versions stored them
-- the other way round. Swap every stored region code.
UPDATE incidents SET region = CASE region WHEN 'UA-74' THEN 'UA-77' ELSE 'UA-74' END
    WHERE region IN ('UA-74', 'UA-77');
-- region_follows has (chat_id, region) as its key: move through a placeholder so no row collides midway.
UPDATE region_follows SET region = 'UA-74-swap' WHERE region = 'UA-74';
UPDATE region_follows SET region = 'UA-74' WHERE region = 'UA-77';
UPDATE region_follows SET region = 'UA-77' WHERE region = 'UA-74-swap';
