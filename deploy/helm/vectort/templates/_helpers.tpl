{{/* Chart name, at most 63 characters (a DNS label). */}}
{{- define "vectort.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name: release-chart, or the release alone when it already contains the chart name. */}}
{{- define "vectort.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "vectort.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "vectort.labels" -}}
helm.sh/chart: {{ include "vectort.chart" . }}
{{ include "vectort.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "vectort.selectorLabels" -}}
app.kubernetes.io/name: {{ include "vectort.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "vectort.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "vectort.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret holding credentials: the chart's own, or the one named by existingSecret. */}}
{{- define "vectort.secretName" -}}
{{- if .Values.secrets.create }}
{{- include "vectort.fullname" . }}
{{- else }}
{{- required "set secrets.existingSecret to a Secret with the Vectort credentials, or secrets.create=true" .Values.secrets.existingSecret }}
{{- end }}
{{- end }}

{{- define "vectort.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
