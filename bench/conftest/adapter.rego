# METADATA
# title: conftest adapter for the ccgvet policies (benchmark only)
# description: |
#   bench/compare.sh runs conftest over the JSON that `ccgvet parse` writes,
#   with ccgvet's own policies and data. conftest looks for deny rules in a
#   namespace; this one makes every error finding of ccgvet's aggregate
#   query a deny, so that conftest evaluates exactly the rules ccgvet does.
package conftest_adapter

deny contains msg if {
	some f in data.ccgvet.main.report.findings
	f.severity == "error"
	msg := sprintf("%s:%d: %s [%s]", [input.path, f.line, f.message, f.rule])
}
