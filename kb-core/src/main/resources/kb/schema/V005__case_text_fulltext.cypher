// Search over the words of case texts and titles.
CREATE FULLTEXT INDEX case_text IF NOT EXISTS FOR (c:Case) ON EACH [c.title, c.text];
