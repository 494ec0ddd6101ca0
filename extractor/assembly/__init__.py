"""From marked clauses to records: which clause quotes a finding and what belongs to it.

The spaCy stages (``extractor.stages``) mark each clause on its own; the modules
here look across clauses: a vote run after a motion, a "Verantwortlich:" line
under a task, a date that fixes the next meeting.
"""
