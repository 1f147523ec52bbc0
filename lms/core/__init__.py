"""The ground every other app stands on: helpers with no knowledge of courses or activities.

Nothing here imports from another Tahaffuz app (the import contracts in `.importlinter` hold it)."""
