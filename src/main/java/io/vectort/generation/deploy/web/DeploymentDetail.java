package io.vectort.generation.deploy.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One deployment with its status history and the host's build log (bounded). */
record DeploymentDetail(@JsonUnwrapped DeploymentView deployment, List<StatusEvent> events, String log) {}
