package com.mewayz.api.automations;

import com.mewayz.api.web.ApiResponse;
import com.mewayz.workflows.automations.NodeTypes;
import com.mewayz.workflows.automations.NodeTypes.NodeType;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every trigger and step type with its ports and parameter schema, for the designer. */
@RestController
class NodeTypesController {

  @GetMapping("/api/automations/node-types")
  ApiResponse<List<NodeType>> nodeTypes() {
    return ApiResponse.ok(NodeTypes.all());
  }
}
