package com.mewayz.domain.mongo;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

/** Repositories live in the domain module, whichever application (api or worker) runs them. */
@Configuration(proxyBeanMethods = false)
@EnableMongoRepositories(basePackages = "com.mewayz.domain")
public class RepositoriesConfiguration {}
