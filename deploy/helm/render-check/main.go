// render-check renders a Helm chart the way `helm template` does, for machines without helm:
// Go text/template with the sprig functions plus Helm's include, tpl, required, fail, toYaml,
// fromYaml and toJson, over Chart.yaml and values.yaml (merged with -f files, later wins).
// It prints the manifests, one YAML document each, and exits non-zero on any template error
// or on output that is not valid YAML. Not covered: lookup, .Files, subcharts, --set.
//
// Build offline on Debian: apt-get install golang-go golang-github-masterminds-sprig-dev
// golang-k8s-sigs-yaml-dev, then GO111MODULE=off GOPATH=/usr/share/gocode go run main.go CHART [-f values.yaml]...
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
	"sigs.k8s.io/yaml"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: render-check CHART_DIR [-f values.yaml]...")
		os.Exit(2)
	}
	chartDir := os.Args[1]
	var valueFiles []string
	for i := 2; i < len(os.Args); i++ {
		if os.Args[i] == "-f" && i+1 < len(os.Args) {
			valueFiles = append(valueFiles, os.Args[i+1])
			i++
		}
	}
	out, err := render(chartDir, valueFiles)
	if err != nil {
		fmt.Fprintln(os.Stderr, "render-check:", err)
		os.Exit(1)
	}
	fmt.Print(out)
}

func render(chartDir string, valueFiles []string) (string, error) {
	chart := map[string]interface{}{}
	if err := readYaml(filepath.Join(chartDir, "Chart.yaml"), &chart); err != nil {
		return "", err
	}
	values := map[string]interface{}{}
	if err := readYaml(filepath.Join(chartDir, "values.yaml"), &values); err != nil {
		return "", err
	}
	for _, f := range valueFiles {
		override := map[string]interface{}{}
		if err := readYaml(f, &override); err != nil {
			return "", err
		}
		values = merge(values, override)
	}
	// Helm exposes Chart.yaml fields capitalised (.Chart.Name, .Chart.AppVersion).
	chartObj := map[string]interface{}{}
	for k, v := range chart {
		chartObj[strings.ToUpper(k[:1])+k[1:]] = v
	}
	root := template.New("chart")
	funcs := sprig.TxtFuncMap()
	funcs["toYaml"] = func(v interface{}) string {
		b, err := yaml.Marshal(v)
		if err != nil {
			return ""
		}
		return strings.TrimSuffix(string(b), "\n")
	}
	funcs["fromYaml"] = func(s string) map[string]interface{} {
		m := map[string]interface{}{}
		_ = yaml.Unmarshal([]byte(s), &m)
		return m
	}
	funcs["toJson"] = func(v interface{}) string {
		b, _ := yaml.YAMLToJSON([]byte(funcs["toYaml"].(func(interface{}) string)(v)))
		return string(b)
	}
	funcs["required"] = func(msg string, v interface{}) (interface{}, error) {
		if v == nil || v == "" {
			return nil, fmt.Errorf("required: %s", msg)
		}
		return v, nil
	}
	funcs["fail"] = func(msg string) (string, error) { return "", fmt.Errorf("fail: %s", msg) }
	funcs["include"] = func(name string, data interface{}) (string, error) {
		var buf bytes.Buffer
		err := root.ExecuteTemplate(&buf, name, data)
		return buf.String(), err
	}
	funcs["tpl"] = func(text string, data interface{}) (string, error) {
		t, err := root.New("tpl").Parse(text)
		if err != nil {
			return "", err
		}
		var buf bytes.Buffer
		err = t.Execute(&buf, data)
		return buf.String(), err
	}
	root.Funcs(funcs).Option("missingkey=zero")

	templatesDir := filepath.Join(chartDir, "templates")
	entries, err := os.ReadDir(templatesDir)
	if err != nil {
		return "", err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || !(strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".tpl") || n == "NOTES.txt") {
			continue
		}
		text, err := os.ReadFile(filepath.Join(templatesDir, n))
		if err != nil {
			return "", err
		}
		name := filepath.Join(filepath.Base(chartDir), "templates", n)
		if _, err := root.New(name).Parse(string(text)); err != nil {
			return "", err
		}
		names = append(names, name)
	}
	sort.Strings(names)

	var out strings.Builder
	for _, name := range names {
		if strings.HasSuffix(name, ".tpl") {
			continue
		}
		data := map[string]interface{}{
			"Values":  values,
			"Chart":   chartObj,
			"Release": map[string]interface{}{"Name": "vectort", "Namespace": "default", "Service": "Helm", "IsInstall": true, "IsUpgrade": false, "Revision": 1},
			"Template": map[string]interface{}{"Name": name, "BasePath": filepath.Join(filepath.Base(chartDir), "templates")},
			"Capabilities": map[string]interface{}{
				"KubeVersion": map[string]interface{}{"Version": "v1.31.0", "Major": "1", "Minor": "31"},
				"APIVersions": []string{},
			},
		}
		var buf bytes.Buffer
		if err := root.ExecuteTemplate(&buf, name, data); err != nil {
			return "", err
		}
		rendered := buf.String()
		if strings.HasSuffix(name, "NOTES.txt") {
			fmt.Fprintf(os.Stderr, "--- NOTES.txt ---\n%s\n", rendered)
			continue
		}
		if strings.TrimSpace(rendered) == "" {
			continue
		}
		var doc interface{}
		if err := yaml.Unmarshal([]byte(rendered), &doc); err != nil {
			return "", fmt.Errorf("%s does not render to valid YAML: %v\n%s", name, err, rendered)
		}
		fmt.Fprintf(&out, "---\n# Source: %s\n%s\n", name, strings.TrimSpace(rendered))
	}
	return out.String(), nil
}

func readYaml(path string, into *map[string]interface{}) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := yaml.Unmarshal(b, into); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// merge is Helm's values coalescing for maps: override wins, nested maps merge.
func merge(base, override map[string]interface{}) map[string]interface{} {
	out := map[string]interface{}{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range override {
		if bm, ok := out[k].(map[string]interface{}); ok {
			if om, ok := v.(map[string]interface{}); ok {
				out[k] = merge(bm, om)
				continue
			}
		}
		out[k] = v
	}
	return out
}
