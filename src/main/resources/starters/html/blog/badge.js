  if (post.category) {
    info.append(" ", badge(post.category));
  }
