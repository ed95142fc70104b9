"""The DuckDB warehouse: schema, connections, batch loads."""
