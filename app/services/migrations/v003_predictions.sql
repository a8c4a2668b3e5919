-- Schema v3: the predictions cache (services.predictions.store), one row per customer with an
-- order, stamped like customer_stats with the purchases it was fitted on.
CREATE TABLE predictions (
	customer_id INTEGER NOT NULL,
	next_day INTEGER,
	low_day INTEGER,
	high_day INTEGER,
	overdue BOOLEAN NOT NULL,
	p_alive DOUBLE,
	expected_orders_90d DOUBLE,
	predicted_value_12m_minor INTEGER NOT NULL,
	at_stake_minor INTEGER NOT NULL,
	next_order_confidence TEXT NOT NULL,
	p_alive_confidence TEXT NOT NULL,
	orders_confidence TEXT NOT NULL,
	value_confidence TEXT NOT NULL,
	CONSTRAINT pk_predictions PRIMARY KEY (customer_id),
	CONSTRAINT fk_predictions_customer_id_customers FOREIGN KEY(customer_id) REFERENCES customers (id) ON DELETE CASCADE
);
