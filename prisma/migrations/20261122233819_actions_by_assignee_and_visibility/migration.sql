-- CreateIndex
CREATE INDEX "Action_assigneeUserId_visibility_dueOn_id_idx" ON "Action"("assigneeUserId", "visibility", "dueOn", "id");

-- CreateIndex
CREATE INDEX "Action_assigneeOrganisationId_visibility_dueOn_id_assigneeU_idx" ON "Action"("assigneeOrganisationId", "visibility", "dueOn", "id", "assigneeUserId");

