"""Decision records: the model, validation against the flow outcome, amendments, use-cases."""
