"""One module per chapter, named like the chapter's file: its facts, tables and charts."""
