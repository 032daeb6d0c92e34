# METADATA
# title: Governing body composition
# description: |
#   The governing body has at least six members, including each member the
#   regulations require, a chair and a deputy chair, and the lay member for
#   audit is not its chair.
# custom:
#   criterion: governing-body-composition
#   order: 5
#   reference: NHS (Clinical Commissioning Groups) Regulations 2012, regs 11 and 12
package ccgvet.rules["governing-body-composition"]

default applicable := true
