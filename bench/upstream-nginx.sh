#!/usr/bin/env bash
# Writes an nginx configuration that plays an OpenAI-compatible upstream on 127.0.0.1:<port>:
# /json/v1/chat/completions answers a completion, /stream/v1/chat/completions an SSE stream with
# usage, both at once. Usage: bench/upstream-nginx.sh <port> <dir>
set -euo pipefail
port="$1"
dir="$2"
mkdir -p "$dir/logs"
head='{"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"gpt-4.1-mini",'
json='{"id":"chatcmpl-bench","object":"chat.completion","created":1,"model":"gpt-4.1-mini","choices":[{"index":0,"message":{"role":"assistant","content":"Hello from the benchmark upstream."},"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":7,"total_tokens":19}}'
sse="data: ${head}\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n"
for word in Hello ' from' ' the' ' benchmark' ' upstream.'; do
  sse+="data: ${head}\"choices\":[{\"index\":0,\"delta\":{\"content\":\"${word}\"},\"finish_reason\":null}]}\n\n"
done
sse+="data: ${head}\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
sse+="data: ${head}\"choices\":[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":5,\"total_tokens\":17}}\n\n"
sse+="data: [DONE]\n\n"
escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
cat > "$dir/nginx.conf" <<CONF
daemon on;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_timeout 120s;
  keepalive_requests 1000000;
  client_body_temp_path $dir/body;
  server {
    listen 127.0.0.1:$port;
    location = /json/v1/chat/completions { default_type application/json; return 200 "$(escape "$json")"; }
    location = /stream/v1/chat/completions { default_type text/event-stream; return 200 "$(printf '%b' "$sse" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }
  }
}
CONF
