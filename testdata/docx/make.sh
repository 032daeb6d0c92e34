#!/bin/sh
# Makes the Word fixtures from the bundled Markdown constitutions, with
# real producers, so that the tests read what Word users send:
#
#   pandoc/NAME.docx  pandoc (Debian's pandoc) from constitutions/NAME.md:
#                     a plain document, clause numbers typed in the text.
#   NAME.docx         the same, its typed clause numbers turned into Word
#                     automatic numbering (autonumber/, one multi-level
#                     list: "Section %1:" or "%1." or "PART %1 –", then
#                     "%1.%2", "%1.%2.%3") and its front matter into
#                     custom document properties, then opened and saved
#                     by LibreOffice (Debian's libreoffice-writer-nogui),
#                     which writes its own numbering.xml and styles.
#
# The generated files are committed: the tests and CI need neither pandoc
# nor LibreOffice. Run from the repository root after changing a
# constitution:  sh testdata/docx/make.sh
#   apt-get install -y pandoc libreoffice-writer-nogui
set -eu
out=testdata/docx
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/pandoc"
for md in constitutions/*.md; do
	name=$(basename "$md" .md)
	pandoc -f markdown -t docx -o "$out/pandoc/$name.docx" "$md"
	go run ./testdata/docx/autonumber "$out/pandoc/$name.docx" "$md" "$tmp/$name.docx"
	soffice -env:UserInstallation=file://"$tmp/profile" --headless \
		--convert-to 'docx:MS Word 2007 XML' --outdir "$tmp/lo" "$tmp/$name.docx" >/dev/null
	cp "$tmp/lo/$name.docx" "$out/$name.docx"
done
# Amendments as tracked changes: written by the test that checks them
# (Word's w:ins, w:del, w:moveFrom and w:moveTo, in paragraphs and table
# rows), then opened and saved by LibreOffice, which keeps the changes in
# its own way.
go test ./engine/read/docx/wordtest -run TestTrackedChangesDiff -count=1 -update >/dev/null
mkdir -p "$out/tracked/libreoffice"
for f in "$out"/tracked/*.docx; do
	soffice -env:UserInstallation=file://"$tmp/profile" --headless \
		--convert-to 'docx:MS Word 2007 XML' --outdir "$out/tracked/libreoffice" "$f" >/dev/null
done
echo "made $(ls "$out"/*.docx | wc -l) LibreOffice and $(ls "$out"/pandoc/*.docx | wc -l) pandoc fixtures, $(ls "$out"/tracked/*.docx "$out"/tracked/libreoffice/*.docx | wc -l) amendments in $out"
