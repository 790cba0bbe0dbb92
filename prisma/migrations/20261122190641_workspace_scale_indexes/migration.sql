-- CreateIndex
CREATE INDEX "Meeting_reportStatus_reportValidatedOn_idx" ON "Meeting"("reportStatus", "reportValidatedOn");

-- CreateIndex
CREATE INDEX "Demand_status_statusDate_id_idx" ON "Demand"("status", "statusDate", "id");

-- CreateIndex
CREATE INDEX "Demand_visibility_status_idx" ON "Demand"("visibility", "status");

-- CreateIndex
CREATE INDEX "Action_dueOn_id_idx" ON "Action"("dueOn", "id");

-- CreateIndex
CREATE INDEX "Action_status_dueOn_assigneeOrganisationId_idx" ON "Action"("status", "dueOn", "assigneeOrganisationId");

-- CreateIndex
CREATE INDEX "ActionStatusChange_toStatus_createdAt_idx" ON "ActionStatusChange"("toStatus", "createdAt");

-- CreateIndex
CREATE INDEX "Letter_inReplyToId_idx" ON "Letter"("inReplyToId");

