"""The Payments tab of an activity and HQ's consolidation of the approved lists."""
