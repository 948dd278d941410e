-- Retention (issue 7, docs/retention.md): when a closed case's evidence is purged, the case and its
-- takedown requests keep their workflow facts (states, times, category, platform: what the
-- transparency report counts) and lose the personal data (accounts, URLs, free text).
ALTER TABLE cases ADD COLUMN purged_at TIMESTAMPTZ;
ALTER TABLE takedown_requests ADD COLUMN purged_at TIMESTAMPTZ;
ALTER TABLE takedown_requests DROP CONSTRAINT takedown_requests_urls_check;
ALTER TABLE takedown_requests ADD CONSTRAINT takedown_requests_urls_check
    CHECK (cardinality(urls) > 0 OR purged_at IS NOT NULL);
