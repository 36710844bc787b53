"""At the door: the expected list of an activity, badges with QR codes and their scanning,
arrival times, certificates of participation (docs/door.md). No Qt here."""
