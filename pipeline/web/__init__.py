"""Reading the web: fetch pages and feeds politely and safely, and turn them into documents."""
