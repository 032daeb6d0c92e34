# METADATA
# title: No practice is a member of two CCGs
# description: |
#   Checked across every constitution in a batch: a practice (by ODS code)
#   is listed as a member by only one clinical commissioning group.
# custom:
#   criterion: single-membership
#   order: 9
#   reference: >-
#     NHS Act 2006 s.14A(2) (CCG areas do not overlap); the 2013 cases of
#     practices allocated to a CCG against their wishes
package ccgvet.batch["single-membership"]
