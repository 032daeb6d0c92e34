package report

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// pruneSARIF drops what go-sarif writes for every field it was not given:
// empty arrays and objects ("fixes": [], "properties": {}) and the -1 that
// stands for "no index" (index, byteOffset, charOffset, rank). Consumers
// differ on whether such placeholders mean "none" or a broken log, and a
// reviewer reading the file sees only what ccgvet said. Key order is kept.
// A run's results stay even when empty: [] says the run found nothing,
// where a missing array says it did not run.
func pruneSARIF(b []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out bytes.Buffer
	if _, err := pruneValue(dec, &out, ""); err != nil {
		return nil, fmt.Errorf("prune SARIF: %w", err)
	}
	var pretty bytes.Buffer
	if err := json.Indent(&pretty, out.Bytes(), "", "  "); err != nil {
		return nil, fmt.Errorf("prune SARIF: %w", err)
	}
	return pretty.Bytes(), nil
}

// pruneValue copies the next value from dec to out, compact, and reports
// whether it is worth keeping under key.
func pruneValue(dec *json.Decoder, out *bytes.Buffer, key string) (bool, error) {
	tok, err := dec.Token()
	if err != nil {
		return false, err
	}
	switch t := tok.(type) {
	case json.Delim:
		var body bytes.Buffer
		n := 0
		if t == '{' {
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					return false, err
				}
				name, _ := k.(string)
				var v bytes.Buffer
				keep, err := pruneValue(dec, &v, name)
				if err != nil {
					return false, err
				}
				if !keep {
					continue
				}
				if n > 0 {
					body.WriteByte(',')
				}
				kb, _ := json.Marshal(name)
				body.Write(kb)
				body.WriteByte(':')
				body.Write(v.Bytes())
				n++
			}
		} else {
			for dec.More() {
				var v bytes.Buffer
				if _, err := pruneValue(dec, &v, ""); err != nil {
					return false, err
				}
				if n > 0 {
					body.WriteByte(',')
				}
				body.Write(v.Bytes())
				n++
			}
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return false, err
		}
		if t == '{' {
			out.WriteByte('{')
			out.Write(body.Bytes())
			out.WriteByte('}')
		} else {
			out.WriteByte('[')
			out.Write(body.Bytes())
			out.WriteByte(']')
		}
		return n > 0 || key == "results", nil
	case json.Number:
		out.WriteString(t.String())
		return t.String() != "-1", nil
	default:
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(t); err != nil {
			return false, err
		}
		out.Truncate(out.Len() - 1) // Encode's newline
		return true, nil
	}
}
