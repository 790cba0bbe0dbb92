-- CreateIndex
CREATE INDEX "Action_assigneeUserId_dueOn_id_idx" ON "Action"("assigneeUserId", "dueOn", "id");

-- CreateIndex
CREATE INDEX "Action_assigneeOrganisationId_dueOn_id_idx" ON "Action"("assigneeOrganisationId", "dueOn", "id");

