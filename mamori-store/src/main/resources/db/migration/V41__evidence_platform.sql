-- Evidence shared with a platform (issue 6, docs/server-cases.md): a takedown request's evidence
-- bundle shows a partner only the evidence links tagged with its platform (or listed among the
-- request's URLs). Untagged evidence stays inside the office.
ALTER TABLE case_evidence ADD COLUMN platform TEXT;
