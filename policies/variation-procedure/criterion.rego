# METADATA
# title: Procedure for varying the constitution
# description: |
#   The constitution says how it is varied, that the member practices must
#   approve a variation, and that NHS England must grant it.
# custom:
#   criterion: variation-procedure
#   order: 7
#   reference: NHS Act 2006 ss.14E-14F; model constitution framework
package ccgvet.rules["variation-procedure"]

default applicable := true
