"""The case diary itself: storage, services and rules. Imports no Qt."""
