-- Schema v6: loyalty levels. One row per stretch of a customer's level; the row without `until`
-- is the current one. Rows follow their customer (a merge moves them, a deletion removes them).
CREATE TABLE customer_levels (
	id INTEGER NOT NULL,
	customer_id INTEGER NOT NULL,
	level TEXT NOT NULL,
	since DATE NOT NULL,
	how TEXT DEFAULT 'computed' NOT NULL,
	until DATE,
	below_since DATE,
	CONSTRAINT pk_customer_levels PRIMARY KEY (id),
	CONSTRAINT fk_customer_levels_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
CREATE INDEX ix_customer_levels_customer ON customer_levels (customer_id, until);
